BRIEFINGS_SEARCH_WORDS("sit",{
"sits":"7j",
"situation":"t,w,1a,3,3,2d,3,6,4,5,p,6,b,1,1,3,1,1,1;5l,a,5,p,n",
"situee":"4l,2x;4l"
});
