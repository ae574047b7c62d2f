BRIEFINGS_SEARCH_WORDS("aur",{
"aura":"f",
"aurait":"3k,3v,8"
});
