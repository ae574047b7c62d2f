BRIEFINGS_SEARCH_WORDS("ses",{
"ses":"0,1,1,p,5,7,4,2,3,1,5,7,g,1,5,2,1,9,8,3,3,u,1,b,3,1g,8,t,12,7,1,3,2,3;5y,t",
"session":"83"
});
