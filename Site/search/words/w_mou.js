BRIEFINGS_SEARCH_WORDS("mou",{
"moualem":"35",
"mouallem":"35;35",
"mouammar":"1v",
"moussa":"2z",
"moustafa":"27,1,2z,28;27,30",
"mouvement":"1i,g"
});
