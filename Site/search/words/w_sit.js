BRIEFINGS_SEARCH_WORDS("sit",{
"sits":"7k",
"situation":"t,w,19,3,3,2b,3,7,4,5,t,5,b,1,1,3,1,1,1;5t,5,t,m",
"situee":"4j,30;4j"
});
