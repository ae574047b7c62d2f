BRIEFINGS_SEARCH_WORDS("mom",{
"moment":"39,g,3k,e;3p",
"momentum":"6p,l"
});
