BRIEFINGS_SEARCH_WORDS("hea",{
"head":"4,10,1,4,8,9,1,3,e,k,2y,1n,3;5q",
"headed":"7k",
"headquarters":"7c",
"heads":"7g",
"health":"2b,4e,n;6p"
});
