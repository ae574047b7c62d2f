BRIEFINGS_SEARCH_WORDS("mom",{
"moment":"39,g,3j,e;3p",
"momentum":"6n,m"
});
