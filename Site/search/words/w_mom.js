BRIEFINGS_SEARCH_WORDS("mom",{
"moment":"38,g,3n,e;3o",
"momentum":"6n,p"
});
