BRIEFINGS_SEARCH_WORDS("lea",{
"leader":"3,1,e,m,1e,m",
"leaders":"30,q,2x,y,b;3q,2x",
"league":"1x",
"least":"4f,39,6;4f",
"leave":"6m,9,p,1;6m",
"leaving":"7l"
});
