BRIEFINGS_SEARCH_WORDS("hea",{
"head":"4,10,1,4,8,9,1,3,e,k,2y,1k,3;5q",
"headed":"7h",
"headquarters":"79",
"heads":"7d",
"health":"2b,4b,n;6m"
});
