BRIEFINGS_SEARCH_WORDS("lon",{
"london":"2j",
"londres":"2j,4z",
"long":"1,36,2,1e,2n,6,6",
"longer":"7c,1",
"longtemps":"7n",
"longue":"7p"
});
