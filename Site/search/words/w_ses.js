BRIEFINGS_SEARCH_WORDS("ses",{
"ses":"0,1,1,p,5,7,4,2,3,1,5,7,f,1,5,2,1,9,8,3,3,8,1,c,3,z,m,8,u,2,15,7,1,3,2,3;4n,u,u,2",
"session":"4m,36"
});
