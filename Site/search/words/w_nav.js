BRIEFINGS_SEARCH_WORDS("nav",{
"naval":"30,46",
"navale":"30,8,2,1q,c,23,1;7f",
"navals":"5h,1y;5h",
"navette":"3d,4b",
"navires":"3a,v,16,24,6",
"navy":"2l,4l"
});
