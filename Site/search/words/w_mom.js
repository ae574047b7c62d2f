BRIEFINGS_SEARCH_WORDS("mom",{
"moment":"3v,g,3j,e;4b",
"momentum":"79,m"
});
