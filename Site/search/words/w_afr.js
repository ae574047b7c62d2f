BRIEFINGS_SEARCH_WORDS("afr",{
"africaine":"30,58;30",
"african":"30"
});
