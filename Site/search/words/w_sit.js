BRIEFINGS_SEARCH_WORDS("sit",{
"sits":"7x",
"situation":"t,w,19,3,3,2j,3,7,4,5,y,5,b,1,1,3,1,1,1;61,5,y,m",
"situee":"4q,36;4q"
});
