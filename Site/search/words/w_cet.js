BRIEFINGS_SEARCH_WORDS("cet",{
"cet":"7k",
"cette":"5,a,2u,20,1v,h,7,3;59,1v"
});
