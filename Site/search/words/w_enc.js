BRIEFINGS_SEARCH_WORDS("enc",{
"encercles":"37,2,3y",
"encircling":"7j",
"encore":"7f",
"encourages":"70,6,2",
"encouraging":"75"
});
