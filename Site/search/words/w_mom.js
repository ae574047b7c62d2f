BRIEFINGS_SEARCH_WORDS("mom",{
"moment":"38,g,3l,e;3o",
"momentum":"6l,p"
});
