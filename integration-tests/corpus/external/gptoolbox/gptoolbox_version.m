function v = gptoolbox_version()
  % GPTOOLBOX_VERSION Returns version of GPTOOLBOX as a string
  %
  % v = gptoolbox_version()
  %

  % This file should contain the current version number of gptoolbox
  % World.Major.Minor
  % Anyone may increment Minor to indicate a small change.
  % Major indicates a large change or large number of changes.
  % World indicates a substantial change or release.
  v = '0.1.2';
end
