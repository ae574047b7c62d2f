BRIEFINGS_SEARCH_WORDS("yeu",{
"yeux":"37,t,40;40"
});
