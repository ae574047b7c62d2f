BRIEFINGS_SEARCH_WORDS("lea",{
"leader":"3,1,e,m,1e,m",
"leaders":"30,q,2y,y,b;3q,2y",
"league":"1x",
"least":"4g,39,6;4g",
"leave":"6n,9,p,1;6n",
"leaving":"7m"
});
