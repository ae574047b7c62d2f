BRIEFINGS_SEARCH_WORDS("lea",{
"leader":"3,1,e,m,1f,m",
"leaders":"31,1b,2m,y,b;4c",
"league":"1x",
"least":"4x,32,6;4x",
"leave":"70,9,m,1;70",
"leaving":"7w"
});
