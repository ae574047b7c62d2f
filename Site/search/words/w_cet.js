BRIEFINGS_SEARCH_WORDS("cet",{
"cet":"7l",
"cette":"5,a,2u,20,1w,h,7,3;59,1w"
});
