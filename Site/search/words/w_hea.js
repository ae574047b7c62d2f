BRIEFINGS_SEARCH_WORDS("hea",{
"head":"4,10,1,4,8,9,1,3,e,k,2w,1n,3;5o",
"headed":"7i",
"headquarters":"7a",
"heads":"7e",
"health":"2b,4c,n;6n"
});
