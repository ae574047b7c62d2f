BRIEFINGS_SEARCH_WORDS("out",{
"out":"4w,e,z,1i,5,3,4,2;4w",
"outdoors":"61,1y;61",
"output":"4l,3m;4l",
"outskirts":"83"
});
