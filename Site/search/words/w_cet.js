BRIEFINGS_SEARCH_WORDS("cet",{
"cet":"7j",
"cette":"5,a,2u,20,1v,g,7,3;59,1v"
});
