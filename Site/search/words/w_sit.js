BRIEFINGS_SEARCH_WORDS("sit",{
"sits":"7v",
"situation":"t,w,19,3,3,2j,3,7,4,4,y,4,b,1,1,3,1,1,1;61,4,y,l",
"situee":"4q,34;4q"
});
