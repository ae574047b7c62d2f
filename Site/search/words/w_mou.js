BRIEFINGS_SEARCH_WORDS("mou",{
"moualem":"36",
"mouallem":"36;36",
"mouammar":"1v",
"moussa":"30",
"moustafa":"28,1,3l,27;28,3m",
"mouvement":"1i,g"
});
