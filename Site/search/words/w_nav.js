BRIEFINGS_SEARCH_WORDS("nav",{
"naval":"30,4h",
"navale":"30,8,2,1y,c,26,1;7q",
"navals":"5p,21;5p",
"navette":"3e,4l",
"navires":"3a,y,1b,27,6",
"navy":"2l,4w"
});
