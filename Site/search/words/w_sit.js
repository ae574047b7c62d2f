BRIEFINGS_SEARCH_WORDS("sit",{
"sits":"7k",
"situation":"t,w,1a,3,3,2e,3,6,4,5,q,5,b,1,1,3,1,1,1;5w,5,q,m",
"situee":"4m,2x;4m"
});
