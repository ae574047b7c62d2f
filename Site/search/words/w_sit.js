BRIEFINGS_SEARCH_WORDS("sit",{
"sits":"7w",
"situation":"t,w,19,3,3,2j,3,7,4,4,y,4,6,6,1,1,3,1,1,1;61,4,y,m",
"situee":"4q,35;4q"
});
