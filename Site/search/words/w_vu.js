BRIEFINGS_SEARCH_WORDS("vu",{
"vu":"55,2b;55"
});
