BRIEFINGS_SEARCH_WORDS("afr",{
"africaine":"2z,4z;2z",
"african":"2z"
});
