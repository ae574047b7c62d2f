BRIEFINGS_SEARCH_WORDS("msf",{
"msf":"23"
});
