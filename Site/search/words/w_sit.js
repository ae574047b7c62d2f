BRIEFINGS_SEARCH_WORDS("sit",{
"sits":"7j",
"situation":"t,w,19,3,3,2e,3,6,4,5,q,5,b,1,1,3,1,1,1;5v,5,q,m",
"situee":"4l,2x;4l"
});
