function a = area(obj)
  a = obj.w * obj.h;
end
