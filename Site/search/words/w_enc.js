BRIEFINGS_SEARCH_WORDS("enc",{
"encercles":"38,2,3x",
"encircling":"7j",
"encore":"7f",
"encourages":"70,6,2",
"encouraging":"75"
});
