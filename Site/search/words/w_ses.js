BRIEFINGS_SEARCH_WORDS("ses",{
"ses":"0,1,1,p,5,7,4,2,3,1,5,7,g,1,5,2,1,9,8,3,3,8,1,b,3,w,l,8,t,12,7,1,3,2,3;4k,t,t",
"session":"7i"
});
