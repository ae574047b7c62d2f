BRIEFINGS_SEARCH_WORDS("hea",{
"head":"4,10,1,4,8,9,1,3,e,k,33,1q,3;5v",
"headed":"7s",
"headquarters":"7k",
"heads":"7o",
"health":"2b,4m,n;6x"
});
