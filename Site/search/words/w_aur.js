BRIEFINGS_SEARCH_WORDS("aur",{
"aura":"f",
"aurait":"3j,3w,8"
});
