BRIEFINGS_SEARCH_WORDS("sit",{
"sits":"7u",
"situation":"t,w,19,3,3,2i,3,7,4,4,y,4,b,1,1,3,1,1,1;60,4,y,l",
"situee":"4p,34;4p"
});
