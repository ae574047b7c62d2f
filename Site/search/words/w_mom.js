BRIEFINGS_SEARCH_WORDS("mom",{
"moment":"38,g,3k,e;3o",
"momentum":"6o,l"
});
