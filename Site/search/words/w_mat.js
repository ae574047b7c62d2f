BRIEFINGS_SEARCH_WORDS("mat",{
"material":"7r",
"maternity":"7z",
"matin":"41,1y,1y,3,4,5;41"
});
