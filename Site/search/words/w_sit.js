BRIEFINGS_SEARCH_WORDS("sit",{
"sits":"7w",
"situation":"t,w,19,3,3,19,6,6,d,2,i,1,3,4,1,2,4,4,y,4,3,2,1,6,1,1,3,1,1,1;4d,6,6,d,2,i,8,1,1f,2,1,c",
"situee":"4q,35"
});
