BRIEFINGS_SEARCH_WORDS("mou",{
"moualem":"35",
"mouallem":"35;35",
"mouammar":"1v",
"moussa":"2z",
"moustafa":"27,1,34,2e;27,35",
"mouvement":"1i,g"
});
