BRIEFINGS_SEARCH_WORDS("obt",{
"obtenir":"5l,1u",
"obtenu":"38,g,40;3o",
"obtenue":"1r",
"obtient":"14,8,k,1c"
});
