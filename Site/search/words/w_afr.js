BRIEFINGS_SEARCH_WORDS("afr",{
"africaine":"30,4m;30",
"african":"30"
});
