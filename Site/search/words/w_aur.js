BRIEFINGS_SEARCH_WORDS("aur",{
"aura":"f",
"aurait":"3j,3z,8"
});
