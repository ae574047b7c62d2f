BRIEFINGS_SEARCH_WORDS("aur",{
"aura":"f",
"aurait":"46,3v,8"
});
