BRIEFINGS_SEARCH_WORDS("hea",{
"head":"4,10,1,4,8,9,1,3,f,k,3j,1k,3",
"headed":"83",
"headquarters":"7v",
"heads":"7z",
"health":"2c,4v,o;77"
});
