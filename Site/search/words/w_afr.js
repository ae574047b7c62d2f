BRIEFINGS_SEARCH_WORDS("afr",{
"africaine":"30,4n;30",
"african":"30"
});
