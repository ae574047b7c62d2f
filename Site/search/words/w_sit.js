BRIEFINGS_SEARCH_WORDS("sit",{
"sits":"7m",
"situation":"t,w,19,3,3,2e,3,6,4,5,t,5,b,1,1,3,1,1,1;5v,5,t,m",
"situee":"4l,30;4l"
});
